package dev.drilljudge.worker.protocol;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads a record as its components in declaration order, so an event's wire form follows its record:
 * a field added to a record needs no codec change. Supported component types: String, int, long, boolean, enums,
 * records of these, and Lists of any of them. Both ends run the same jar, so no version negotiation is needed.
 */
final class RecordWire {
    private RecordWire() {
    }

    static void write(DataOutputStream out, Record value) throws IOException {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            writeValue(out, component.getGenericType(), read(component, value));
        }
    }

    static <R extends Record> R read(DataInputStream in, Class<R> type) throws IOException {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int index = 0; index < components.length; index++) {
            types[index] = components[index].getType();
            values[index] = readValue(in, components[index].getGenericType());
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException
                 | NoSuchMethodException e) {
            throw new IOException("cannot rebuild " + type.getSimpleName() + ": " + e, e);
        }
    }

    private static void writeValue(DataOutputStream out, Type type, Object value) throws IOException {
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            writeString(out, (String) value);
        } else if (raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == long.class) {
            out.writeLong((Long) value);
        } else if (raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw.isEnum()) {
            writeString(out, ((Enum<?>) value).name());
        } else if (raw.isRecord()) {
            write(out, (Record) value);
        } else if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(out, element, item);
            }
        } else {
            throw new IllegalArgumentException("the worker protocol cannot carry a " + type.getTypeName());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object readValue(DataInputStream in, Type type) throws IOException {
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            return readString(in);
        } else if (raw == int.class) {
            return in.readInt();
        } else if (raw == long.class) {
            return in.readLong();
        } else if (raw == boolean.class) {
            return in.readBoolean();
        } else if (raw.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) raw, readString(in));
        } else if (raw.isRecord()) {
            return read(in, (Class<? extends Record>) raw);
        } else if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            int size = boundedLength(in, in.readInt());
            List<Object> list = new ArrayList<>(size);
            for (int index = 0; index < size; index++) {
                list.add(readValue(in, element));
            }
            return list;
        }
        throw new IOException("the worker protocol cannot carry a " + type.getTypeName());
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(boundedLength(in, in.readInt())), StandardCharsets.UTF_8);
    }

    /** A length can never exceed the bytes left in the payload (every element takes at least one byte). */
    private static int boundedLength(DataInputStream in, int length) throws IOException {
        if (length < 0 || length > in.available()) {
            throw new IOException("length " + length + " out of range");
        }
        return length;
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }
}
