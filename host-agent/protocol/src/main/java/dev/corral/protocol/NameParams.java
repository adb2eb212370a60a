package dev.corral.protocol;

/** Params of the methods that only name their target (start, destroy, status, ...). */
public record NameParams(String name) {
}
