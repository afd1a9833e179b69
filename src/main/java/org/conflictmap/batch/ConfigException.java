package org.conflictmap.batch;

import java.util.List;

/** A configuration that cannot be used; every problem names the file and line. Exit code 78. */
public final class ConfigException extends RunException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(ExitCode.CONFIG, "bad configuration:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String problem) {
        this(List.of(problem));
    }

    /** Each problem, "file:line: message". */
    public List<String> problems() {
        return problems;
    }
}
