/**
 * Implementation of the local filter engine (not exported): path trie, streaming extraction,
 * compiled conditions and per-channel indexes.
 */
package io.github.cxonesdk.eventbridge.engine.internal;
