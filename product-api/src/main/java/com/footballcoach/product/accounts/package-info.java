/**
 * Sign-in, sign-up and account management ({@code /api/token}, {@code /api/register},
 * {@code /api/users…}, {@code /api/staff/create_with_account}): routes of the product API only.
 * The token model itself (signing, verification, the role table) is the platform's {@code identity}.
 */
@NullMarked
package com.footballcoach.product.accounts;

import org.jspecify.annotations.NullMarked;
