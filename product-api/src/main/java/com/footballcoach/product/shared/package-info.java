/**
 * Small pieces every feature of the product API uses: paging of lists, the lenient date parsing
 * the existing app needs, and JSON columns.
 */
@NullMarked
package com.footballcoach.product.shared;

import org.jspecify.annotations.NullMarked;
