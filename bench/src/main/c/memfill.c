/*
 * Benchmark workload: fills MIB mebibytes of anonymous memory with non-zero, page-distinct bytes
 * (so CRIU dumps every page: it skips pages never touched and zero pages it can recognise), writes
 * READY_FILE once the memory is filled, then sleeps. Built static on the host so it runs inside
 * the busybox template, which has no C library.
 *
 *   memfill MIB READY_FILE
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: memfill MIB READY_FILE\n");
        return 2;
    }
    size_t bytes = (size_t) atol(argv[1]) << 20;
    uint64_t *mem = malloc(bytes);
    if (mem == NULL) {
        perror("malloc");
        return 1;
    }
    uint64_t x = 0x9e3779b97f4a7c15ULL;
    for (size_t i = 0; i < bytes / sizeof(uint64_t); i++) {
        /* xorshift: never zero, different on every page */
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        mem[i] = x;
    }
    FILE *f = fopen(argv[2], "w");
    if (f == NULL || fprintf(f, "%lu\n", (unsigned long) (bytes >> 20)) < 0 || fclose(f) != 0) {
        perror(argv[2]);
        return 1;
    }
    for (;;) {
        /* the memory stays referenced, so nothing may drop it */
        volatile uint64_t keep = mem[0];
        (void) keep;
        pause();
    }
}
