package nl.frontoffice.mailcatcher;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A minimal SMTP server (RFC 5321) that accepts every mail for any recipient and hands it to a {@link Mailbox}; it
 * relays nothing. Commands: EHLO, HELO, MAIL, RCPT, DATA, RSET, NOOP, VRFY (252), QUIT; STARTTLS and AUTH are not
 * offered. Limits: command lines of 1000 bytes, 100 recipients, messages of {@code maxMessageBytes}, 8 connections
 * at once, 60 s idle per connection.
 */
public final class SmtpServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmtpServer.class.getName());
    private static final int MAX_LINE = 1000;
    private static final int MAX_RECIPIENTS = 100;
    private static final int MAX_CONNECTIONS = 8;
    private static final int IDLE_MILLIS = 60_000;

    private final Mailbox mailbox;
    private final int maxMessageBytes;
    private final ServerSocket serverSocket;
    private final ExecutorService connections;
    private final Thread acceptor;
    private volatile boolean running = true;

    private SmtpServer(Mailbox mailbox, int maxMessageBytes, ServerSocket serverSocket, ThreadFactory threads) {
        this.mailbox = mailbox;
        this.maxMessageBytes = maxMessageBytes;
        this.serverSocket = serverSocket;
        this.connections = Executors.newFixedThreadPool(MAX_CONNECTIONS, threads);
        this.acceptor = threads.newThread(this::acceptLoop);
        this.acceptor.setName("mail-catcher-smtp-accept");
    }

    /**
     * Starts listening.
     *
     * @param host            the address to bind (loopback by default: the catcher is for this machine only)
     * @param port            the port; 0 picks a free one
     * @param mailbox         where mails go
     * @param maxMessageBytes the largest message accepted
     * @param threads         where threads come from (the container's managed thread factory in a server)
     * @throws IOException when the port cannot be bound
     */
    public static SmtpServer start(String host, int port, Mailbox mailbox, int maxMessageBytes, ThreadFactory threads)
            throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 50);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        SmtpServer server = new SmtpServer(mailbox, maxMessageBytes, socket, threads);
        server.acceptor.start();
        return server;
    }

    /** @return the port it listens on */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** @return the address it listens on */
    public String host() {
        return serverSocket.getInetAddress().getHostAddress();
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = serverSocket.accept();
                try {
                    connections.execute(() -> serve(socket));
                } catch (RejectedExecutionException e) {
                    socket.close();
                }
            } catch (SocketException e) {
                if (running) {
                    LOG.log(Level.WARNING, "SMTP accept failed", e);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "SMTP accept failed", e);
            }
        }
    }

    /** Stops listening and closes the open connections. */
    @Override
    public void close() {
        running = false;
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the SMTP socket", e);
        }
        connections.shutdownNow();
        try {
            connections.awaitTermination(5, TimeUnit.SECONDS);
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(IDLE_MILLIS);
            new Conversation(in, out).run();
        } catch (IOException e) {
            LOG.log(Level.FINE, "SMTP connection ended", e);
        }
    }

    /** One SMTP session. */
    private final class Conversation {

        private final InputStream in;
        private final OutputStream out;
        private String envelopeFrom;
        private final List<String> recipients = new ArrayList<>();

        Conversation(InputStream in, OutputStream out) {
            this.in = in;
            this.out = out;
        }

        void run() throws IOException {
            reply("220 mail-catcher ESMTP (development only: mail is kept here, never delivered)");
            while (running) {
                String line = readLine();
                if (line == null) {
                    return;
                }
                String upper = line.toUpperCase(Locale.ROOT);
                String verb = upper.split(" ", 2)[0];
                switch (verb) {
                    case "EHLO" -> {
                        reset();
                        reply("250-mail-catcher\r\n250-8BITMIME\r\n250-SIZE " + maxMessageBytes
                                + "\r\n250 HELP");
                    }
                    case "HELO" -> {
                        reset();
                        reply("250 mail-catcher");
                    }
                    case "MAIL" -> mail(line, upper);
                    case "RCPT" -> rcpt(line, upper);
                    case "DATA" -> data();
                    case "RSET" -> {
                        reset();
                        reply("250 OK");
                    }
                    case "NOOP" -> reply("250 OK");
                    case "VRFY" -> reply("252 Cannot verify, but will accept");
                    case "QUIT" -> {
                        reply("221 Bye");
                        return;
                    }
                    case "STARTTLS", "AUTH" -> reply("502 5.5.1 Not offered by the mail catcher");
                    default -> reply("500 5.5.2 Command not recognised");
                }
            }
        }

        private void mail(String line, String upper) throws IOException {
            if (!upper.startsWith("MAIL FROM:")) {
                reply("501 5.5.4 Syntax: MAIL FROM:<address>");
                return;
            }
            reset();
            envelopeFrom = path(line.substring("MAIL FROM:".length()));
            reply("250 OK");
        }

        private void rcpt(String line, String upper) throws IOException {
            if (envelopeFrom == null) {
                reply("503 5.5.1 MAIL first");
            } else if (!upper.startsWith("RCPT TO:")) {
                reply("501 5.5.4 Syntax: RCPT TO:<address>");
            } else if (recipients.size() >= MAX_RECIPIENTS) {
                reply("452 4.5.3 Too many recipients");
            } else {
                recipients.add(path(line.substring("RCPT TO:".length())));
                reply("250 OK");
            }
        }

        private void data() throws IOException {
            if (recipients.isEmpty()) {
                reply("503 5.5.1 RCPT first");
                return;
            }
            reply("354 End data with <CR><LF>.<CR><LF>");
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            boolean tooLarge = false;
            while (true) {
                byte[] line = readRawLine();
                if (line == null) {
                    return;
                }
                if (line.length == 3 && line[0] == '.' && line[1] == '\r' && line[2] == '\n'
                        || line.length == 2 && line[0] == '.' && line[1] == '\n') {
                    break;
                }
                int start = line.length > 1 && line[0] == '.' ? 1 : 0;
                if (message.size() + line.length > maxMessageBytes) {
                    tooLarge = true;
                } else if (!tooLarge) {
                    message.write(line, start, line.length - start);
                }
            }
            if (tooLarge) {
                reply("552 5.3.4 Message too big for the mail catcher");
            } else {
                CaughtMail mail = mailbox.receive(envelopeFrom, recipients, message.toByteArray());
                reply("250 OK: kept as message " + mail.id());
            }
            reset();
        }

        private void reset() {
            envelopeFrom = null;
            recipients.clear();
        }

        /** The address inside {@code <...>}, parameters (SIZE=, BODY=) dropped. */
        private String path(String argument) {
            String trimmed = argument.trim();
            int open = trimmed.indexOf('<');
            int close = trimmed.indexOf('>', open + 1);
            if (open >= 0 && close > open) {
                return trimmed.substring(open + 1, close);
            }
            return trimmed.split(" ", 2)[0];
        }

        private String readLine() throws IOException {
            byte[] raw = readRawLine();
            if (raw == null) {
                return null;
            }
            int end = raw.length;
            while (end > 0 && (raw[end - 1] == '\n' || raw[end - 1] == '\r')) {
                end--;
            }
            return new String(raw, 0, Math.min(end, MAX_LINE), StandardCharsets.UTF_8);
        }

        /** A line with its line ending, or null at the end of the stream. Overlong lines are cut. */
        private byte[] readRawLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            int b;
            while ((b = in.read()) != -1) {
                if (line.size() < maxMessageBytes) {
                    line.write(b);
                }
                if (b == '\n') {
                    return line.toByteArray();
                }
            }
            return line.size() == 0 ? null : line.toByteArray();
        }

        private void reply(String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
