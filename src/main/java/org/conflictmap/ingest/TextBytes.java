package org.conflictmap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Byte-level checks shared by the readers: byte-order marks, binary sniffing, strict decoding. */
final class TextBytes {

    /** Bytes examined by {@link #sniff}. */
    static final int HEAD = 8192;

    private TextBytes() {
    }

    /** What the first bytes of a file say about it. */
    enum Kind { EMPTY, TEXT, UTF8_BOM, UTF16, BINARY }

    /** Reads up to {@link #HEAD} bytes from the start of a file. */
    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    /** Classifies a file from its first bytes. */
    static Kind sniff(byte[] head) {
        if (head.length == 0) {
            return Kind.EMPTY;
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return Kind.UTF8_BOM;
        }
        if (head.length >= 2 && (((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)
                || ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE))) {
            return Kind.UTF16;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                return Kind.BINARY;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return control * 10 > head.length ? Kind.BINARY : Kind.TEXT;
    }

    /** The user-facing reason for a file that is not text, or null when it can be read. */
    static String unreadableReason(Kind kind) {
        return switch (kind) {
            case EMPTY -> "empty file";
            case UTF16 -> "UTF-16 text is not supported: save the file as UTF-8";
            case BINARY -> "binary file (not text): skipped";
            default -> null;
        };
    }

    /** Thrown by {@link #decodeStrict} with the 1-based column (byte offset + 1) of the first bad byte. */
    static final class BadBytes extends Exception {
        final int byteOffset;

        BadBytes(int byteOffset, String message) {
            super(message, null, false, false);
            this.byteOffset = byteOffset;
        }
    }

    /** Decodes bytes, refusing malformed or unmappable input. */
    static String decodeStrict(byte[] bytes, int off, int len, Charset cs) throws BadBytes {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) (len * (double) dec.maxCharsPerByte()) + 1));
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            throw new BadBytes(in.position() - off, describe(cs, bytes, in.position(), off + len));
        }
        r = dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** Decodes bytes, replacing bad input with U+FFFD. */
    static String decodeLenient(byte[] bytes, int off, int len, Charset cs) {
        return new String(bytes, off, len, cs);
    }

    /** Decodes per the encoding setting: AUTO tries UTF-8 then falls back to Windows-1252. */
    static String decode(byte[] bytes, int off, int len, InputSpec.Encoding enc) throws BadBytes {
        if (enc == InputSpec.Encoding.AUTO) {
            try {
                return decodeStrict(bytes, off, len, StandardCharsets.UTF_8);
            } catch (BadBytes e) {
                return decodeLenient(bytes, off, len, InputSpec.Encoding.WINDOWS_1252.charset());
            }
        }
        return decodeStrict(bytes, off, len, enc.charset());
    }

    private static String describe(Charset cs, byte[] bytes, int at, int end) {
        StringBuilder hex = new StringBuilder();
        for (int i = at; i < Math.min(end, at + 4); i++) {
            hex.append(String.format("%02X", bytes[i] & 0xff));
        }
        return "invalid " + cs.name() + " byte sequence 0x" + hex + " at byte " + (at + 1)
                + (cs == StandardCharsets.UTF_8 ? " (set encoding to windows-1252 or auto for legacy files)" : "");
    }

    /** Streams a whole file through a strict UTF-8 decoder: true when every byte sequence is valid. */
    static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream s = Files.newInputStream(file)) {
            boolean eof = false;
            while (true) {
                int n = s.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult r;
                do {
                    out.clear();
                    r = dec.decode(in, out, eof);
                    if (r.isError()) {
                        return false;
                    }
                } while (r.isOverflow());
                in.compact();
                if (eof) {
                    return true;
                }
            }
        }
    }
}
