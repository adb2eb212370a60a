/** Containers on this host: templates, OCI bundles for runc, cgroups, network namespaces. */
package dev.corral.runtime;
