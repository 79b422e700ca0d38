package io.leadflow.launcher.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends frames to the current journal file through one buffer. Every collection appends from its own thread, so
 * one lock guards the buffer; an append only copies bytes (a full buffer is written to the file, which is a copy
 * into the page cache); forcing the file to disk is left to {@link #sync()}, called at the commit interval, and
 * happens outside that lock so appends do not wait for the disk.
 *
 * <p>After an I/O error every later append fails: the store must not go on acknowledging writes it cannot keep.
 */
final class JournalAppender implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 20;

    private final ReentrantLock appendLock = new ReentrantLock();
    /** Held by whoever forces or switches the file, so a file is never closed while another thread forces it. */
    private final ReentrantLock syncLock = new ReentrantLock();
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES);
    private FileChannel channel;
    private long bytesInFile;
    private IOException failure;

    JournalAppender(FileChannel channel) {
        this.channel = channel;
    }

    void append(byte[] frame) {
        appendLock.lock();
        try {
            failIfBroken();
            if (frame.length > buffer.remaining()) {
                drain();
            }
            if (frame.length > buffer.capacity()) {
                writeFully(ByteBuffer.wrap(frame));
            } else {
                buffer.put(frame);
            }
            bytesInFile += frame.length;
        } catch (IOException e) {
            throw broken(e);
        } finally {
            appendLock.unlock();
        }
    }

    /** Bytes appended to the current file, buffered ones included. */
    long bytesInFile() {
        appendLock.lock();
        try {
            return bytesInFile;
        } finally {
            appendLock.unlock();
        }
    }

    /** Writes out the buffer and forces the file to disk: every append that returned before this call is durable. */
    void sync() {
        syncLock.lock();
        try {
            FileChannel current;
            appendLock.lock();
            try {
                failIfBroken();
                drain();
                current = channel;
            } finally {
                appendLock.unlock();
            }
            current.force(false);
        } catch (IOException e) {
            throw broken(e);
        } finally {
            syncLock.unlock();
        }
    }

    /** From now on appends go to {@code next}; the previous file gets everything appended before and is closed. */
    void switchTo(FileChannel next) {
        syncLock.lock();
        try {
            FileChannel previous;
            appendLock.lock();
            try {
                failIfBroken();
                drain();
                previous = channel;
                channel = next;
                bytesInFile = 0;
            } finally {
                appendLock.unlock();
            }
            previous.force(false);
            previous.close();
        } catch (IOException e) {
            throw broken(e);
        } finally {
            syncLock.unlock();
        }
    }

    @Override
    public void close() {
        syncLock.lock();
        try {
            sync();
            channel.close();
        } catch (IOException e) {
            throw broken(e);
        } finally {
            syncLock.unlock();
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private void failIfBroken() throws IOException {
        if (failure != null) {
            throw new IOException("The journal failed earlier and takes no more writes", failure);
        }
    }

    private UncheckedIOException broken(IOException e) {
        appendLock.lock();
        try {
            if (failure == null) {
                failure = e;
            }
        } finally {
            appendLock.unlock();
        }
        return new UncheckedIOException("Journal write failed", e);
    }
}
