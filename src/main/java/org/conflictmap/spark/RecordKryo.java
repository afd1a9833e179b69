package org.conflictmap.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Teaches Kryo the project's value types, so Spark can ship them without their being
 * {@code Serializable}: every Java record (through its components and canonical constructor),
 * immutable {@code List}/{@code Set}/{@code Map} (rebuilt as unmodifiable views in the same order),
 * {@link LocalDate}, {@link Path} and {@link Charset}. Used as {@code spark.kryo.registrator}
 * and by {@link KryoBox}.
 */
public final class RecordKryo implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        configure(kryo);
    }

    /**
     * Classes shipped for every record (registered, they are written as a small number instead of their
     * name in every task result and shuffle record), in a fixed order: the same ids in every JVM.
     */
    static final List<String> REGISTERED = List.of(
            "org.conflictmap.spark.Outcome", "org.conflictmap.spark.Outcome$Kind",
            "org.conflictmap.spark.Outcome$FileFacts", "org.conflictmap.spark.GroupKey",
            "org.conflictmap.spark.SparkPipeline$Run$Position", "org.conflictmap.spark.Part",
            "org.conflictmap.spark.FileScan", "org.conflictmap.spark.InputUnit", "org.conflictmap.spark.BatchInput",
            "org.conflictmap.events.ExtractionResult", "org.conflictmap.events.EventMention",
            "org.conflictmap.events.Event", "org.conflictmap.events.EventType", "org.conflictmap.events.Precision",
            "org.conflictmap.events.UnresolvedName", "org.conflictmap.gazetteer.Place",
            "org.conflictmap.gazetteer.BBox", "org.conflictmap.ingest.SourceLocation",
            "org.conflictmap.ingest.RecordError", "org.conflictmap.batch.InputFiles$InputFile",
            "org.conflictmap.batch.InputConfig", "java.time.LocalDate", "java.util.ArrayList",
            "java.util.ImmutableCollections$ListN", "java.util.ImmutableCollections$List12",
            "java.util.ImmutableCollections$SetN", "java.util.ImmutableCollections$Set12",
            "java.util.ImmutableCollections$MapN", "java.util.ImmutableCollections$Map1",
            "java.util.Collections$UnmodifiableRandomAccessList", "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableSet", "java.util.Collections$UnmodifiableMap",
            "java.util.Collections$EmptyList", "java.util.Collections$EmptyMap", "java.util.Collections$EmptySet",
            "java.util.Collections$SingletonList", "java.util.LinkedHashMap", "java.util.HashMap",
            "java.util.TreeMap", "java.util.LinkedHashSet", "java.util.HashSet", "java.util.TreeSet");

    /** Adds the project's serializers to a Kryo instance, and registers {@link #REGISTERED}. */
    public static void configure(Kryo kryo) {
        kryo.addDefaultSerializer(Record.class, (k, type) -> new RecordSerializer(type));
        kryo.addDefaultSerializer(List.class, new ListSerializer());
        kryo.addDefaultSerializer(Set.class, new SetSerializer());
        kryo.addDefaultSerializer(Map.class, new MapSerializer());
        kryo.addDefaultSerializer(LocalDate.class, new LocalDateSerializer());
        kryo.addDefaultSerializer(Path.class, new PathSerializer());
        kryo.addDefaultSerializer(Charset.class, new CharsetSerializer());
        ClassLoader cl = RecordKryo.class.getClassLoader();
        for (String name : REGISTERED) {
            try {
                kryo.register(Class.forName(name, false, cl));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("cannot register " + name + " with Kryo", e);
            }
        }
    }

    /** A record, written component by component, read back through its canonical constructor. */
    static final class RecordSerializer extends Serializer<Object> {
        private final Method[] accessors;
        private final Constructor<?> constructor;

        RecordSerializer(Class<?> type) {
            RecordComponent[] comps = type.getRecordComponents();
            accessors = new Method[comps.length];
            Class<?>[] types = new Class<?>[comps.length];
            for (int i = 0; i < comps.length; i++) {
                accessors[i] = comps[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = comps[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + type, e);
            }
        }

        @Override
        public void write(Kryo kryo, Output out, Object value) {
            try {
                for (Method m : accessors) {
                    kryo.writeClassAndObject(out, m.invoke(value));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read record " + value.getClass().getName(), e);
            }
        }

        @Override
        public Object read(Kryo kryo, Input in, Class<Object> type) {
            Object[] args = new Object[accessors.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = kryo.readClassAndObject(in);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot rebuild record " + type.getName(), e);
            }
        }
    }

    /** Any List: size, then elements; read back as an unmodifiable list (nulls allowed). */
    static final class ListSerializer extends Serializer<List<?>> {
        @Override
        public void write(Kryo kryo, Output out, List<?> list) {
            out.writeVarInt(list.size(), true);
            for (Object o : list) {
                kryo.writeClassAndObject(out, o);
            }
        }

        @Override
        public List<?> read(Kryo kryo, Input in, Class<List<?>> type) {
            int n = in.readVarInt(true);
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(kryo.readClassAndObject(in));
            }
            return Collections.unmodifiableList(list);
        }
    }

    /** Any Set, in iteration order; read back as an unmodifiable insertion-ordered set. */
    static final class SetSerializer extends Serializer<Set<?>> {
        @Override
        public void write(Kryo kryo, Output out, Set<?> set) {
            out.writeVarInt(set.size(), true);
            for (Object o : set) {
                kryo.writeClassAndObject(out, o);
            }
        }

        @Override
        public Set<?> read(Kryo kryo, Input in, Class<Set<?>> type) {
            int n = in.readVarInt(true);
            Set<Object> set = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                set.add(kryo.readClassAndObject(in));
            }
            return Collections.unmodifiableSet(set);
        }
    }

    /** Any Map, in iteration order; read back as an unmodifiable insertion-ordered map. */
    static final class MapSerializer extends Serializer<Map<?, ?>> {
        @Override
        public void write(Kryo kryo, Output out, Map<?, ?> map) {
            out.writeVarInt(map.size(), true);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                kryo.writeClassAndObject(out, e.getKey());
                kryo.writeClassAndObject(out, e.getValue());
            }
        }

        @Override
        public Map<?, ?> read(Kryo kryo, Input in, Class<Map<?, ?>> type) {
            int n = in.readVarInt(true);
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Object k = kryo.readClassAndObject(in);
                map.put(k, kryo.readClassAndObject(in));
            }
            return Collections.unmodifiableMap(map);
        }
    }

    /** A day as its epoch-day number. */
    static final class LocalDateSerializer extends Serializer<LocalDate> {
        LocalDateSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, LocalDate d) {
            out.writeVarLong(d.toEpochDay(), false);
        }

        @Override
        public LocalDate read(Kryo kryo, Input in, Class<LocalDate> type) {
            return LocalDate.ofEpochDay(in.readVarLong(false));
        }
    }

    /** A path as its string form (meaningful where the same file system is visible). */
    static final class PathSerializer extends Serializer<Path> {
        PathSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, Path p) {
            out.writeString(p.toString());
        }

        @Override
        public Path read(Kryo kryo, Input in, Class<Path> type) {
            return Path.of(in.readString());
        }
    }

    /** A charset as its canonical name. */
    static final class CharsetSerializer extends Serializer<Charset> {
        CharsetSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, Charset c) {
            out.writeString(c.name());
        }

        @Override
        public Charset read(Kryo kryo, Input in, Class<Charset> type) {
            return Charset.forName(in.readString());
        }
    }
}
