package org.conflictmap.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.conflictmap.ingest.JsonlParts;

/**
 * The scan job's work on one input file, inside a task: one sequential pass that hashes the file and,
 * for a large file the stages can read in parts, notes the first line start at or after every multiple
 * of the part size, with its line number. Local files are read at their path, others through Hadoop's
 * {@link FileSystem}.
 */
final class UnitScanner {

    private final PipelineStages stages;
    private final Configuration hadoop;
    private final long partBytes;

    /**
     * @param partBytes target part size in bytes; files up to this size are read whole (0: never split)
     */
    UnitScanner(PipelineStages stages, Configuration hadoop, long partBytes) {
        this.stages = stages;
        this.hadoop = hadoop;
        this.partBytes = partBytes;
    }

    FileScan scan(InputUnit unit) {
        List<Long> starts = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (InputStream in = open(unit, hadoop, stages)) {
            MessageDigest md = sha256();
            byte[] head = in.readNBytes(JsonlParts.HEAD_BYTES);
            boolean split = partBytes > 0 && stages.splittable(unit, head);
            long total = 0;
            long line = 1;
            long next = partBytes;
            byte[] buf = head;
            int n = head.length;
            while (n > 0) {
                md.update(buf, 0, n);
                if (split) {
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n') {
                            line++;
                            long start = total + i + 1;
                            if (start >= next) {
                                starts.add(start);
                                lines.add(line);
                                next = (start / partBytes + 1) * partBytes;
                            }
                        }
                    }
                }
                total += n;
                if (buf == head) {
                    buf = new byte[1 << 16];
                }
                n = in.read(buf, 0, buf.length);
            }
            while (!starts.isEmpty() && starts.get(starts.size() - 1) >= total) {
                starts.remove(starts.size() - 1); // a newline at the very end starts no line
                lines.remove(lines.size() - 1);
            }
            return new FileScan(unit.index(), total, HexFormat.of().formatHex(md.digest()), starts, lines, null);
        } catch (IOException e) {
            return new FileScan(unit.index(), 0, null, List.of(), List.of(), String.valueOf(e.getMessage()));
        }
    }

    /** The file's bytes: the local path, else the URI through Hadoop's file system. */
    static InputStream open(InputUnit unit, Configuration hadoop, PipelineStages stages) throws IOException {
        if (unit.local()) {
            return Files.newInputStream(stages.localPath(unit));
        }
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(unit.name());
        return p.getFileSystem(hadoop).open(p);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
