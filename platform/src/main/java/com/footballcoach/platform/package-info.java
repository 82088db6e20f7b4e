/**
 * Code shared by the product API (:8000) and the analysis API (:8001): configuration, schema
 * ownership, identity and access, problem mapping and health.
 */
@NullMarked
package com.footballcoach.platform;

import org.jspecify.annotations.NullMarked;
