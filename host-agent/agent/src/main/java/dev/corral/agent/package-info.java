/** The Corral host agent: SSH server, JSON-RPC dispatch, events. */
package dev.corral.agent;
