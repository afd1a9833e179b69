package org.conflictmap.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * A {@code Serializable} holder for a value that is not (a record such as an input spec or the event
 * options), so Spark closures can carry it to executors. The value travels as Kryo bytes written
 * with {@link RecordKryo}.
 *
 * @param <T> the value type
 */
public final class KryoBox<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient T value;

    private KryoBox(T value) {
        this.value = value;
    }

    /** Boxes a value (may be null). */
    public static <T> KryoBox<T> of(T value) {
        return new KryoBox<>(value);
    }

    /** The value. */
    public T get() {
        return value;
    }

    private static Kryo kryo() {
        Kryo k = new Kryo();
        k.setRegistrationRequired(false);
        RecordKryo.configure(k);
        return k;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        Output o = new Output(256, -1);
        kryo().writeClassAndObject(o, value);
        byte[] bytes = o.toBytes();
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        Kryo k = kryo();
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        k.setClassLoader(cl != null ? cl : KryoBox.class.getClassLoader());
        value = (T) k.readClassAndObject(new Input(bytes));
    }
}
