package dev.corral.runtime;

/**
 * Where a post-copy (lazy pages) restore gets the memory from: the source's page server
 * ({@link LazySource}) at {@code address:port}, or {@link #LOCAL}, the checkpoint's own page images
 * read as the processes touch them (the restore then returns before all memory is read).
 */
public record LazyPages(String address, int port) {

    public static final LazyPages LOCAL = new LazyPages(null, 0);

    public static LazyPages from(String address, int port) {
        if (address == null || address.isBlank() || port <= 0 || port > 65535) {
            throw RuntimeError.invalid("page server needs an address and a port: " + address + ":" + port);
        }
        return new LazyPages(address, port);
    }

    public boolean local() {
        return address == null;
    }
}
