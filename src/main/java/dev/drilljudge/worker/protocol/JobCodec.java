package dev.drilljudge.worker.protocol;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The binary framing of a {@link Job} on the worker's stdin. */
public final class JobCodec {
    private static final int MAGIC = 0x444A4A31; // "DJJ1"
    private static final int MAX_CLASSES = 10_000;
    private static final int MAX_CLASS_BYTES = 16 * 1024 * 1024;
    private static final int MAX_SIZES = 64;
    private static final int MAX_REPLAYED_CALLS = 4096;

    private JobCodec() {
    }

    public static void write(Job job, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(job.signingKey().length);
        out.write(job.signingKey());
        out.writeBoolean(job.allowThreads());
        writeStrings(job.allowApis(), out);
        out.writeLong(job.outputLimitBytes());
        writeClasses(job.candidateClasses(), out);
        writeClasses(job.supportClasses(), out);
        writeClasses(job.testClasses(), out);
        writeStrings(job.testClassNames(), out);
        writeStrings(new ArrayList<>(job.excludedTestIds()), out);
        out.writeBoolean(job.growth() != null);
        if (job.growth() != null) {
            writeGrowth(job.growth(), out);
        }
        out.flush();
    }

    public static Job read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Drill Judge job");
        }
        byte[] key = in.readNBytes(boundedLength(in.readInt(), 1024));
        boolean allowThreads = in.readBoolean();
        List<String> allowApis = readStrings(in);
        long outputLimit = in.readLong();
        Map<String, byte[]> candidate = readClasses(in);
        Map<String, byte[]> support = readClasses(in);
        Map<String, byte[]> tests = readClasses(in);
        List<String> testClassNames = readStrings(in);
        Set<String> excluded = new LinkedHashSet<>(readStrings(in));
        GrowthJob growth = in.readBoolean() ? readGrowth(in) : null;
        return new Job(key, allowThreads, allowApis, outputLimit, candidate, support, tests, testClassNames, excluded,
                growth);
    }

    private static void writeGrowth(GrowthJob growth, DataOutputStream out) throws IOException {
        out.writeUTF(growth.generatorClass());
        out.writeUTF(growth.targetClass());
        out.writeUTF(growth.methodName());
        out.writeInt(growth.sizes().size());
        for (int size : growth.sizes()) {
            out.writeInt(size);
        }
        out.writeLong(growth.seed());
        out.writeInt(growth.warmUpCalls());
        out.writeInt(growth.measuredCalls());
        out.writeLong(growth.sizeBudgetNanos());
        out.writeLong(growth.callCapNanos());
        out.writeLong(growth.sampleTargetNanos());
        out.writeInt(growth.maxCallsPerSample());
        out.writeLong(growth.maxElementsPerSample());
        out.writeLong(growth.warmUpBudgetNanos());
        out.writeBoolean(growth.checkAnswers());
        out.writeLong(growth.checkSeed());
        out.writeInt(growth.replay().size());
        for (GrowthCall call : growth.replay()) {
            out.writeInt(call.n());
            out.writeLong(call.seed());
        }
    }

    private static GrowthJob readGrowth(DataInputStream in) throws IOException {
        String generator = in.readUTF();
        String target = in.readUTF();
        String method = in.readUTF();
        int count = boundedLength(in.readInt(), MAX_SIZES);
        List<Integer> sizes = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            sizes.add(in.readInt());
        }
        long seed = in.readLong();
        int warmUpCalls = in.readInt();
        int measuredCalls = in.readInt();
        long sizeBudget = in.readLong();
        long callCap = in.readLong();
        long sampleTarget = in.readLong();
        int maxCalls = in.readInt();
        long maxElements = in.readLong();
        long warmUpBudget = in.readLong();
        boolean checkAnswers = in.readBoolean();
        long checkSeed = in.readLong();
        int replayed = boundedLength(in.readInt(), MAX_REPLAYED_CALLS);
        List<GrowthCall> replay = new ArrayList<>(replayed);
        for (int index = 0; index < replayed; index++) {
            replay.add(new GrowthCall(in.readInt(), in.readLong()));
        }
        return new GrowthJob(generator, target, method, sizes, seed, warmUpCalls, measuredCalls, sizeBudget, callCap,
                sampleTarget, maxCalls, maxElements, warmUpBudget, checkAnswers, checkSeed, replay);
    }

    private static void writeClasses(Map<String, byte[]> classes, DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue().length);
            out.write(entry.getValue());
        }
    }

    private static Map<String, byte[]> readClasses(DataInputStream in) throws IOException {
        int count = boundedLength(in.readInt(), MAX_CLASSES);
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (int index = 0; index < count; index++) {
            String name = in.readUTF();
            classes.put(name, in.readNBytes(boundedLength(in.readInt(), MAX_CLASS_BYTES)));
        }
        return classes;
    }

    private static void writeStrings(List<String> values, DataOutputStream out) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = boundedLength(in.readInt(), MAX_CLASSES);
        List<String> values = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            values.add(in.readUTF());
        }
        return values;
    }

    private static int boundedLength(int length, int max) throws IOException {
        if (length < 0 || length > max) {
            throw new IOException("length " + length + " out of range");
        }
        return length;
    }
}
