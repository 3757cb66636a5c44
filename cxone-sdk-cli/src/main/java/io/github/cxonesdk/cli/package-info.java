/**
 * The {@code cxone} command: the end-to-end demo, the simulator standalone and ops commands
 * ({@code aggregate}, {@code filter}, {@code dashboard}, {@code stream}). An application, not a library:
 * its only public type is {@link io.github.cxonesdk.cli.Main}.
 */
package io.github.cxonesdk.cli;
