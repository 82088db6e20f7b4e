@NullMarked
package com.footballcoach.platform.web;

import org.jspecify.annotations.NullMarked;
