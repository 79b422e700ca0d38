package io.leadflow.launcher.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The heap of one JVM over the run, through its platform MXBeans: the heap is fullest just before a collection,
 * so every collection's "before" is a peak a sampler would most likely miss, and its "after" is what was still
 * live. Samples between collections cover a JVM that never collects. Another JVM is reached by attaching to it
 * and starting its local JMX agent, as {@code jconsole} does; its options stay as they were.
 */
final class HeapWatch implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final Set<String> heapPools;
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();

    private HeapWatch(MBeanServerConnection connection, JMXConnector connector) throws IOException {
        this.connector = connector;
        this.memory = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        this.heapPools = ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class).stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector
                : ManagementFactory.getPlatformMXBeans(connection, GarbageCollectorMXBean.class)) {
            try {
                connection.addNotificationListener(collector.getObjectName(),
                        (notification, handback) -> collected(notification), null, null);
            } catch (InstanceNotFoundException e) {
                throw new IOException("No collector " + collector.getObjectName(), e);
            }
        }
        sample();
    }

    static HeapWatch ofThisJvm() throws IOException {
        return new HeapWatch(ManagementFactory.getPlatformMBeanServer(), null);
    }

    static HeapWatch attach(ProcessHandle process) throws IOException {
        String address;
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(process.pid()));
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
        } catch (AttachNotSupportedException e) {
            throw new IOException("Cannot attach to JVM " + process.pid() + ": " + e.getMessage(), e);
        }
        JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        return new HeapWatch(connector.getMBeanServerConnection(), connector);
    }

    void sample() {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    private void collected(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var collection = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                .getGcInfo();
        peakUsed.accumulateAndGet(heapUsed(collection.getMemoryUsageBeforeGc()), Math::max);
        peakLive.accumulateAndGet(heapUsed(collection.getMemoryUsageAfterGc()), Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
    }

    /** The most heap in use at any moment seen, garbage included. */
    long peakUsed() {
        return peakUsed.get();
    }

    /** The most heap still in use right after a collection: the live data; 0 when no collection happened. */
    long peakLive() {
        return peakLive.get();
    }

    /** The heap's limit (-Xmx, or the JVM's default share of the machine's memory). */
    long max() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        if (connector != null) {
            try {
                connector.close();
            } catch (IOException alreadyGone) {
                // The JVM stopped first; nothing to release.
            }
        }
    }
}
