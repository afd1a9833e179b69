package org.conflictmap.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version: from the jar manifest, else from the build's version resource, else "dev". */
public final class ToolVersion {

    private ToolVersion() {
    }

    /** The version string, e.g. "0.1.0". */
    public static String get() {
        String v = ToolVersion.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (InputStream in = ToolVersion.class.getResourceAsStream("/conflictmap-version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through
        }
        return "dev";
    }
}
