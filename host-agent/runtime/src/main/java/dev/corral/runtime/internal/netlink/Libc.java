package dev.corral.runtime.internal.netlink;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The few libc calls netlink, namespaces and mounts need; errno through {@link Native#getLastError()}.
 * Public for {@link dev.corral.runtime.internal.Mounts}.
 */
public interface Libc extends Library {

    int AF_NETLINK = 16;
    int SOCK_RAW = 3;
    int SOCK_CLOEXEC = 0x80000;
    int NETLINK_ROUTE = 0;
    int NETLINK_NETFILTER = 12;
    int SOL_NETLINK = 270;
    int NETLINK_EXT_ACK = 11;
    int O_RDONLY = 0;
    int O_CREAT = 0x40;
    int O_EXCL = 0x80;
    int O_CLOEXEC = 0x80000;
    int CLONE_NEWNET = 0x40000000;
    long MS_BIND = 0x1000;
    long MS_REC = 0x4000;
    long MS_SHARED = 1 << 20;
    int EINVAL = 22;
    int EBUSY = 16;
    int MNT_DETACH = 2;

    Libc C = Native.load("c", Libc.class);

    int socket(int domain, int type, int protocol);

    int setsockopt(int fd, int level, int name, int[] value, int len);

    long send(int fd, byte[] buf, long len, int flags);

    long recv(int fd, byte[] buf, long len, int flags);

    int open(String path, int flags, int mode);

    int close(int fd);

    int unshare(int flags);

    int setns(int fd, int nstype);

    int mount(String source, String target, String type, long flags, String data);

    int umount2(String target, int flags);

    String strerror(int errno);

    /** "No such device (errno 19)": what the kernel said, in words and number. */
    static String describe(int errno) {
        return C.strerror(errno) + " (errno " + errno + ")";
    }
}
