package org.conflictmap.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping node being read as one configuration section: typed getters, and at the end every key
 * nobody asked for is reported as unknown, with its line number. Problems are collected, not thrown.
 */
final class YamlMap {

    private final String source;
    private final String path;
    private final Node node;
    private final List<String> problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new TreeSet<>();

    YamlMap(String source, String path, Node node, List<String> problems) {
        this.source = source;
        this.path = path;
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    problem(t.getKeyNode(), "keys must be plain words");
                    continue;
                }
                if (entries.containsKey(k.getValue())) {
                    problem(k, "duplicate key '" + qualified(k.getValue()) + "'");
                    continue;
                }
                entries.put(k.getValue(), t);
            }
        } else if (node != null && !isNull(node)) {
            problem(node, "'" + (path.isEmpty() ? "the file" : path) + "' must be a mapping of key: value");
        }
    }

    /** Records a problem at a node's line. */
    void problem(Node at, String message) {
        problems.add(source + ":" + line(at) + ": " + message);
    }

    static int line(Node n) {
        return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value node of a key, or null; marks the key as known. */
    Node value(String key) {
        known.add(key);
        NodeTuple t = entries.get(key);
        return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
    }

    boolean has(String key) {
        return value(key) != null;
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    String string(String key, String dflt) {
        Node v = value(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(v, "'" + qualified(key) + "' must be a single value");
        return dflt;
    }

    int integer(String key, int dflt, int min, int max) {
        Node v = value(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof ScalarNode s && Tag.INT.equals(s.getTag())) {
            try {
                int i = Integer.parseInt(s.getValue().replace("_", ""));
                if (i >= min && i <= max) {
                    return i;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(v, "'" + qualified(key) + "' must be a whole number from " + min + " to " + max);
        return dflt;
    }

    double number(String key, double dflt, double min, double max) {
        Node v = value(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
            try {
                double d = Double.parseDouble(s.getValue().replace("_", ""));
                if (d >= min && d <= max) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(v, "'" + qualified(key) + "' must be a number from " + min + " to " + max);
        return dflt;
    }

    YamlMap section(String key) {
        return new YamlMap(source, qualified(key), value(key), problems);
    }

    /** The items of a list value (a single value counts as a one-item list). */
    List<Node> list(String key) {
        Node v = value(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof SequenceNode s) {
            return s.getValue();
        }
        if (v instanceof ScalarNode) {
            return List.of(v);
        }
        problem(v, "'" + qualified(key) + "' must be a list");
        return List.of();
    }

    /** The whole mapping as plain Java data (for pass-through sections); marks every key as known. */
    Map<String, Object> toData() {
        known.addAll(entries.keySet());
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            out.put(e.getKey(), data(e.getValue().getValueNode()));
        }
        return out;
    }

    private Object data(Node n) {
        if (n instanceof MappingNode) {
            return new YamlMap(source, path, n, problems).toData();
        }
        if (n instanceof SequenceNode s) {
            List<Object> l = new ArrayList<>();
            for (Node c : s.getValue()) {
                l.add(data(c));
            }
            return l;
        }
        ScalarNode s = (ScalarNode) n;
        Tag t = s.getTag();
        String v = s.getValue();
        try {
            if (Tag.NULL.equals(t)) {
                return null;
            }
            if (Tag.BOOL.equals(t)) {
                return switch (v.toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes", "on", "y" -> Boolean.TRUE;
                    default -> Boolean.FALSE;
                };
            }
            if (Tag.INT.equals(t)) {
                long l = Long.parseLong(v.replace("_", ""));
                return l == (int) l ? (Object) (int) l : (Object) l;
            }
            if (Tag.FLOAT.equals(t)) {
                return Double.parseDouble(v.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return v;
        }
        return v;
    }

    /** Reports every key that no getter asked for. */
    void finish() {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                String hint = known.isEmpty() ? "" : " (known keys: " + String.join(", ", known) + ")";
                problem(e.getValue().getKeyNode(), "unknown key '" + qualified(e.getKey()) + "'" + hint);
            }
        }
    }
}
