/**
 * Client-side model validation: jakarta.validation plus module rules, every violation reported.
 */
package io.github.cxonesdk.core.validation;
