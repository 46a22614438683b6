// kontor-linkproxy: a link-emulating TCP proxy on loopback for bench/invoice_upload (kernel netem is absent on
// the machines the benchmark runs on). Every connection accepted on 127.0.0.1:PORT is forwarded to
// HOST:PORT; each direction of the link has
//   - a fixed one-way delay (default 15 ms, so a 30 ms round trip),
//   - one bandwidth shared by all connections in that direction (default 100 Mbit/s), modelled as a FIFO
//     line: a chunk read from its source leaves the line once the chunks before it have left and its own
//     serialisation time (bytes * 8 / bandwidth) has passed, and reaches its destination `delay` later,
//   - a bounded buffer: a connection stops reading from its source while it holds --buffer-kb bytes not yet
//     written to the destination, and nobody reads while the shared line has --queue-kb bytes waiting to be
//     serialised (a router's queue), so TCP's own backpressure reaches the sender.
// One thread, epoll, non-blocking sockets with TCP_NODELAY. --mbit 0 is an unlimited line and --delay-ms 0 no
// delay: then the proxy only copies (its own overhead, which the benchmark measures). --chunk-kb: the most it
// reads at once, the grain of the emulation (default 16 KiB on a limited line, 256 KiB on an unlimited one).
//
//   kontor-linkproxy --target HOST:PORT [--listen PORT] [--delay-ms 15] [--mbit 100] [--buffer-kb 1024]
//                    [--queue-kb 512] [--chunk-kb N]
//
// Prints "listening 127.0.0.1:PORT" on stdout once it listens (PORT 0, the default, picks a free one); on
// SIGTERM or SIGINT prints its counters (connections, bytes each way) on stderr and exits 0.
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <memory>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using Nanos = std::chrono::nanoseconds;

volatile std::sig_atomic_t g_stop = 0;
extern "C" void onSignal(int)
{
    g_stop = 1;
}

struct Options
{
    int listenPort = 0;
    std::string targetHost;
    std::string targetPort;
    double delayMs = 15;
    double mbit = 100;
    long bufferBytes = 1024 * 1024;
    long queueBytes = 512 * 1024;
    long chunkBytes = 0; // 0: 16 KiB on a limited line (1.3 ms at 100 Mbit/s), else 256 KiB
};

// One direction of the emulated link, shared by every connection.
struct Line
{
    const char* name = "";
    Clock::time_point busyUntil{}; // when the last chunk put on the line leaves it
    long long bytes = 0;           // all bytes carried
};

struct Chunk
{
    std::vector<char> data;
    size_t offset = 0;         // bytes already written to the destination
    Clock::time_point leaves;  // off the shared line (serialised)
    Clock::time_point arrives; // at the destination: leaves + delay
};

struct Connection;

// One socket of a connection; its address is the epoll event's data.
struct Endpoint
{
    Connection* conn = nullptr;
    int fd = -1;
    uint32_t interest = 0;
    bool gone = false; // hung up after its last byte was read: out of epoll (it would report HUP for ever)
};

// The bytes travelling one way: read from `from`, written to `to`.
struct Flow
{
    Line* line = nullptr;
    Endpoint* from = nullptr;
    Endpoint* to = nullptr;
    std::deque<Chunk> chunks;
    long held = 0;         // bytes read and not yet written
    bool eof = false;      // the source has no more
    bool shutDown = false; // and the destination was told so, after every chunk
    bool blocked = false;  // the destination said EAGAIN: wait for EPOLLOUT
    bool readable = false; // the source has bytes (or its end) to read, as far as we know
};

struct Connection
{
    Endpoint client;
    Endpoint server;
    Flow up;   // client -> server
    Flow down; // server -> client
    bool dead = false;
};

void setNoDelay(int fd)
{
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

void setNonBlocking(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

class Proxy
{
public:
    explicit Proxy(const Options& options)
        : m_opt(options)
    {
        m_up.name = "up";
        m_down.name = "down";
        m_delay = std::chrono::duration_cast<Nanos>(std::chrono::duration<double, std::milli>(options.delayMs));
        m_nsPerByte = options.mbit > 0 ? 8e9 / (options.mbit * 1e6) : 0;
        if (m_opt.chunkBytes <= 0)
            m_opt.chunkBytes = options.mbit > 0 ? 16 * 1024 : 256 * 1024;
    }

    int run()
    {
        m_epoll = epoll_create1(EPOLL_CLOEXEC);
        if (m_epoll < 0 || !listenOn())
            return fail("listen");
        m_listenEndpoint.fd = m_listen;
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.ptr = &m_listenEndpoint;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listen, &ev);
        std::vector<epoll_event> events(256);
        while (!g_stop) {
            const Clock::time_point now = Clock::now();
            timespec timeout{};
            timespec* wait = nullptr;
            const Clock::time_point wake = nextWake(now);
            if (wake != Clock::time_point::max()) {
                const long long ns = wake > now ? std::chrono::duration_cast<Nanos>(wake - now).count() : 0;
                timeout.tv_sec = static_cast<time_t>(ns / 1'000'000'000);
                timeout.tv_nsec = static_cast<long>(ns % 1'000'000'000);
                wait = &timeout;
            }
            const int n = epoll_pwait2(m_epoll, events.data(), static_cast<int>(events.size()), wait, nullptr);
            if (n < 0 && errno != EINTR)
                return fail("epoll_pwait2");
            for (int i = 0; i < n; ++i) {
                auto* e = static_cast<Endpoint*>(events[static_cast<size_t>(i)].data.ptr);
                if (e == &m_listenEndpoint)
                    acceptAll();
                else if (!e->conn->dead)
                    onEvent(e, events[static_cast<size_t>(i)].events);
            }
            const Clock::time_point after = Clock::now();
            readRound(after);
            for (auto& c : m_conns) {
                if (!c->dead) {
                    flush(*c, c->up, after);
                    flush(*c, c->down, after);
                }
            }
            for (auto& c : m_conns) {
                if (!c->dead)
                    refresh(*c);
            }
            reap();
        }
        std::fprintf(stderr,
                     "linkproxy: connections=%lld failed_connects=%lld up_bytes=%lld down_bytes=%lld "
                     "delay_ms=%g mbit=%g\n",
                     m_accepted, m_failedConnects, m_up.bytes, m_down.bytes, m_opt.delayMs, m_opt.mbit);
        return 0;
    }

private:
    int fail(const char* what)
    {
        std::fprintf(stderr, "linkproxy: %s: %s\n", what, std::strerror(errno));
        return 1;
    }

    bool listenOn()
    {
        m_listen = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_listen < 0)
            return false;
        const int one = 1;
        setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(static_cast<uint16_t>(m_opt.listenPort));
        if (bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0 || listen(m_listen, 128) < 0)
            return false;
        socklen_t len = sizeof addr;
        getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len);
        std::printf("listening 127.0.0.1:%d\n", ntohs(addr.sin_port));
        std::fflush(stdout);
        return true;
    }

    int connectTarget() const
    {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* found = nullptr;
        if (getaddrinfo(m_opt.targetHost.c_str(), m_opt.targetPort.c_str(), &hints, &found) != 0)
            return -1;
        int fd = -1;
        for (addrinfo* a = found; a; a = a->ai_next) {
            fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
            if (fd < 0)
                continue;
            // A blocking connect: the targets are on loopback; this is a benchmark tool.
            if (connect(fd, a->ai_addr, a->ai_addrlen) == 0)
                break;
            close(fd);
            fd = -1;
        }
        freeaddrinfo(found);
        return fd;
    }

    void acceptAll()
    {
        for (;;) {
            const int fd = accept4(m_listen, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0)
                return;
            const int server = connectTarget();
            if (server < 0) {
                ++m_failedConnects;
                std::fprintf(stderr, "linkproxy: cannot connect to %s:%s\n", m_opt.targetHost.c_str(),
                             m_opt.targetPort.c_str());
                close(fd);
                continue;
            }
            setNonBlocking(server);
            setNoDelay(fd);
            setNoDelay(server);
            ++m_accepted;
            auto c = std::make_unique<Connection>();
            c->client.conn = c.get();
            c->client.fd = fd;
            c->server.conn = c.get();
            c->server.fd = server;
            c->up.line = &m_up;
            c->up.from = &c->client;
            c->up.to = &c->server;
            c->down.line = &m_down;
            c->down.from = &c->server;
            c->down.to = &c->client;
            for (Endpoint* e : {&c->client, &c->server}) {
                epoll_event ev{};
                ev.data.ptr = e;
                epoll_ctl(m_epoll, EPOLL_CTL_ADD, e->fd, &ev);
            }
            refresh(*c);
            m_conns.push_back(std::move(c));
        }
    }

    // Bytes waiting on the shared line to be serialised, at `now`, as time.
    bool lineFull(const Line& line, Clock::time_point now) const
    {
        if (m_nsPerByte <= 0)
            return false;
        const double waitingNs = static_cast<double>(std::chrono::duration_cast<Nanos>(line.busyUntil - now).count());
        return waitingNs > static_cast<double>(m_opt.queueBytes) * m_nsPerByte;
    }

    bool mayRead(const Flow& f, Clock::time_point now) const
    {
        return !f.eof && f.held < m_opt.bufferBytes && !lineFull(*f.line, now);
    }

    void onEvent(Endpoint* e, uint32_t events)
    {
        Connection& c = *e->conn;
        Flow& in = e == &c.client ? c.up : c.down;  // bytes that come from this socket
        Flow& out = e == &c.client ? c.down : c.up; // bytes that go to it
        if (events & EPOLLERR) {
            kill(c);
            return;
        }
        if (events & EPOLLOUT)
            out.blocked = false;
        if (events & (EPOLLIN | EPOLLHUP | EPOLLRDHUP))
            in.readable = true; // read in readRound(), in turn with the other connections
        if ((events & EPOLLHUP) && in.eof && !c.dead) {
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, e->fd, nullptr);
            e->gone = true;
        }
    }

    // Reads one chunk from each flow that has bytes and may take them, in turn, starting one connection further
    // each time (round robin), until none can read more: connections share the line fairly, as TCP flows
    // sharing a bottleneck roughly do, instead of the first one epoll names taking every freed slot.
    void readRound(Clock::time_point now)
    {
        const size_t n = m_conns.size();
        if (n == 0)
            return;
        m_turn = (m_turn + 1) % n;
        for (bool progress = true; progress;) {
            progress = false;
            for (size_t k = 0; k < n; ++k) {
                Connection& c = *m_conns[(m_turn + k) % n];
                for (Flow* f : {&c.up, &c.down}) {
                    if (!c.dead && f->readable && mayRead(*f, now)) {
                        readFrom(c, *f, now);
                        progress = true;
                    }
                }
            }
        }
    }

    void readFrom(Connection& c, Flow& f, Clock::time_point now)
    {
        const long room = m_opt.bufferBytes - f.held;
        const size_t want = static_cast<size_t>(room < m_opt.chunkBytes ? room : m_opt.chunkBytes);
        Chunk chunk;
        chunk.data.resize(want);
        const ssize_t got = read(f.from->fd, chunk.data.data(), want);
        if (got == 0) {
            f.eof = true;
            f.readable = false;
            return;
        }
        if (got < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                f.readable = false;
            else if (errno != EINTR)
                kill(c);
            return;
        }
        chunk.data.resize(static_cast<size_t>(got));
        Line& line = *f.line;
        const Clock::time_point start = line.busyUntil > now ? line.busyUntil : now;
        chunk.leaves = start + Nanos(static_cast<long long>(static_cast<double>(got) * m_nsPerByte));
        line.busyUntil = chunk.leaves;
        chunk.arrives = chunk.leaves + m_delay;
        line.bytes += got;
        f.held += got;
        f.chunks.push_back(std::move(chunk));
        // With no delay and no bandwidth limit the bytes go on at once.
        if (m_nsPerByte <= 0 && m_delay.count() == 0)
            flush(c, f, now);
    }

    void flush(Connection& c, Flow& f, Clock::time_point now)
    {
        while (!f.blocked && !f.chunks.empty() && f.chunks.front().arrives <= now) {
            Chunk& chunk = f.chunks.front();
            const ssize_t wrote =
                send(f.to->fd, chunk.data.data() + chunk.offset, chunk.data.size() - chunk.offset, MSG_NOSIGNAL);
            if (wrote < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    f.blocked = true;
                else if (errno != EINTR)
                    kill(c);
                return;
            }
            chunk.offset += static_cast<size_t>(wrote);
            f.held -= wrote;
            if (chunk.offset == chunk.data.size())
                f.chunks.pop_front();
        }
        if (f.eof && f.chunks.empty() && !f.shutDown) {
            shutdown(f.to->fd, SHUT_WR);
            f.shutDown = true;
        }
    }

    void updateInterest(Endpoint& e, uint32_t want)
    {
        if (e.gone || e.interest == want)
            return;
        epoll_event ev{};
        ev.events = want;
        ev.data.ptr = &e;
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, e.fd, &ev);
        e.interest = want;
    }

    void refresh(Connection& c)
    {
        if (c.dead)
            return;
        if (c.up.shutDown && c.down.shutDown) {
            kill(c);
            return;
        }
        // EPOLLIN only while the flow has room and nothing known to read: bytes already known wait for their
        // turn in readRound() (or for the line to drain, see nextWake()). A full line does not take the interest
        // away, or a flow that once found nothing to read would never learn of new bytes while others keep the
        // line full.
        auto in = [&](const Flow& f) {
            return !f.readable && !f.eof && f.held < m_opt.bufferBytes ? EPOLLIN | EPOLLRDHUP : 0u;
        };
        updateInterest(c.client, in(c.up) | (c.down.blocked ? EPOLLOUT : 0u));
        updateInterest(c.server, in(c.down) | (c.up.blocked ? EPOLLOUT : 0u));
    }

    // The next moment something becomes due: a chunk arrives, a full line drains below its queue bound, or
    // (now) a flow with bytes waiting got room.
    Clock::time_point nextWake(Clock::time_point now) const
    {
        Clock::time_point wake = Clock::time_point::max();
        for (const auto& c : m_conns) {
            if (c->dead)
                continue;
            for (const Flow* f : {&c->up, &c->down}) {
                if (f->readable && mayRead(*f, now))
                    return now; // bytes wait and room was freed since the read round
                if (!f->blocked && !f->chunks.empty() && f->chunks.front().arrives < wake)
                    wake = f->chunks.front().arrives;
                if (!f->eof && f->held < m_opt.bufferBytes && lineFull(*f->line, now)) {
                    const Clock::time_point drained =
                        f->line->busyUntil -
                        Nanos(static_cast<long long>(static_cast<double>(m_opt.queueBytes) * m_nsPerByte));
                    if (drained < wake)
                        wake = drained;
                }
            }
        }
        return wake;
    }

    void kill(Connection& c)
    {
        if (c.dead)
            return;
        c.dead = true;
        for (Endpoint* e : {&c.client, &c.server}) {
            if (!e->gone)
                epoll_ctl(m_epoll, EPOLL_CTL_DEL, e->fd, nullptr);
            close(e->fd);
        }
    }

    void reap()
    {
        // Only here, outside the event loop, so no pending event points at a freed endpoint.
        for (size_t i = 0; i < m_conns.size();) {
            if (m_conns[i]->dead) {
                m_conns[i] = std::move(m_conns.back());
                m_conns.pop_back();
            } else {
                ++i;
            }
        }
    }

    Options m_opt;
    Line m_up;
    Line m_down;
    Nanos m_delay{0};
    double m_nsPerByte = 0;
    int m_epoll = -1;
    int m_listen = -1;
    Endpoint m_listenEndpoint;
    std::vector<std::unique_ptr<Connection>> m_conns;
    long long m_accepted = 0;
    long long m_failedConnects = 0;
    size_t m_turn = 0; // the connection readRound() starts with
};

int usage(const char* argv0)
{
    std::fprintf(stderr,
                 "usage: %s --target HOST:PORT [--listen PORT] [--delay-ms 15] [--mbit 100] [--buffer-kb 1024] "
                 "[--queue-kb 512] [--chunk-kb N]\n",
                 argv0);
    return 2;
}

bool number(const char* text, double min, double* out)
{
    char* end = nullptr;
    const double v = std::strtod(text, &end);
    if (!end || *end || end == text || v < min)
        return false;
    *out = v;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    Options opt;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            return usage(argv[0]);
        const char* value = argv[++i];
        double v = 0;
        if (arg == "--target") {
            const std::string t = value;
            const size_t colon = t.rfind(':');
            if (colon == std::string::npos || colon == 0 || colon + 1 == t.size())
                return usage(argv[0]);
            opt.targetHost = t.substr(0, colon);
            opt.targetPort = t.substr(colon + 1);
        } else if (arg == "--listen" && number(value, 0, &v) && v <= 65535) {
            opt.listenPort = static_cast<int>(v);
        } else if (arg == "--delay-ms" && number(value, 0, &v)) {
            opt.delayMs = v;
        } else if (arg == "--mbit" && number(value, 0, &v)) {
            opt.mbit = v;
        } else if (arg == "--buffer-kb" && number(value, 1, &v)) {
            opt.bufferBytes = static_cast<long>(v * 1024);
        } else if (arg == "--queue-kb" && number(value, 1, &v)) {
            opt.queueBytes = static_cast<long>(v * 1024);
        } else if (arg == "--chunk-kb" && number(value, 1, &v)) {
            opt.chunkBytes = static_cast<long>(v * 1024);
        } else {
            return usage(argv[0]);
        }
    }
    if (opt.targetHost.empty())
        return usage(argv[0]);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
    return Proxy(opt).run();
}
