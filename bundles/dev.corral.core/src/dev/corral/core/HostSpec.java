package dev.corral.core;

import dev.corral.core.internal.Messages;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

/**
 * What the operator enters for a new host. {@link #validate} is cheap and touches no network, so
 * a wizard can call it on every keystroke.
 *
 * @param keyFile private key file; null or blank means the console's own key
 */
public record HostSpec(String name, String address, int port, String user, String keyFile, boolean local) {

    public static final int DEFAULT_PORT = 2222;
    public static final String DEFAULT_USER = "root";

    public HostSpec(String name, String address, int port, String user, String keyFile) {
        this(name, address, port, user, keyFile, false);
    }

    /** OK, or an ERROR whose message tells what to fix first. */
    public IStatus validate(FleetService fleet) {
        String problem = problem(fleet);
        return problem == null ? Status.OK_STATUS : CorralCore.error(StatusCodes.GENERIC, problem, null);
    }

    private String problem(FleetService fleet) {
        if (blank(name)) {
            return Messages.HostSpec_nameMissing;
        }
        if (fleet != null && fleet.findHost(name.strip()) != null) {
            return NLS.bind(Messages.HostSpec_nameTaken, name.strip());
        }
        if (blank(address)) {
            return Messages.HostSpec_addressMissing;
        }
        if (!address.strip().matches("[A-Za-z0-9._:%-]+")) {
            return NLS.bind(Messages.HostSpec_addressInvalid, address.strip());
        }
        if (port < 1 || port > 65535) {
            return NLS.bind(Messages.HostSpec_portInvalid, port);
        }
        if (blank(user)) {
            return Messages.HostSpec_userMissing;
        }
        if (!blank(keyFile)) {
            try {
                if (!Files.isReadable(Path.of(keyFile.strip()))) {
                    return NLS.bind(Messages.HostSpec_keyFileMissing, keyFile.strip());
                }
            } catch (InvalidPathException e) {
                return NLS.bind(Messages.HostSpec_keyFileMissing, keyFile.strip());
            }
        }
        return null;
    }

    /** Parses a port typed as text; -1 when it is not a number (validate then reports it). */
    public static int parsePort(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
