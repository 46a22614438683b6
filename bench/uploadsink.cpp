// kontor-uploadsink: the smallest HTTP/1.1 server that accepts uploads, for bench/invoice_upload's raw
// loopback figure. It reads each request's head and body (Content-Length or chunked, Expect: 100-continue
// honoured), parses nothing of the body, and answers 200 with the fixed JSON {"status":"success","result":[]}.
// Keep-alive, many connections, one thread, epoll, TCP_NODELAY: whatever a client takes per request here is the
// client's own cost.
//
//   kontor-uploadsink [--port PORT] [--canned TEXT=FILE]... [--echo-size]
//
// --echo-size: each upload's answer is as long as its request body ({"status":"success","result":[],"pad":
// "     ..."}), as the real service's is (it echoes every file back), so a link carries as much back as forth.
//
// --canned: a request whose request line contains TEXT is answered with FILE's bytes (read at start) instead
// of the fixed JSON, e.g. getMarketplaceTransactions=answer.json, so a client that lists the shop's transactions
// before it uploads (kontor-cli does, to match files) can run against the sink too.
//
// Prints "listening 127.0.0.1:PORT" on stdout once it listens (PORT 0, the default, picks a free one); on
// SIGTERM or SIGINT prints its counters (connections, requests, body bytes) on stderr and exits 0.
// It also times every request, from its first byte read to its last (a client's Nagle stall shows here as a
// late last segment): GET /counters answers the counters and the times' median, 90th percentile, largest and
// how many took 30 ms or more, as JSON; POST /reset starts them afresh. Neither counts as a request.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <string_view>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

volatile std::sig_atomic_t g_stop = 0;
extern "C" void onSignal(int)
{
    g_stop = 1;
}

const char kAnswerBody[] = "{\"status\":\"success\",\"result\":[]}";
constexpr size_t kMaxHead = 64 * 1024;

struct Counters
{
    long long connections = 0;
    long long requests = 0;
    long long bodyBytes = 0;
};

struct Client
{
    int fd = -1;
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer } state = State::Head;
    std::string buffer;      // bytes not consumed yet (heads, chunk lines; body bytes only briefly)
    long long remaining = 0; // body or chunk bytes still to skip
    bool keepAlive = true;
    bool countersAsked = false;
    int canned = -1; // index into the canned answers
    bool resetAsked = false;
    bool inRequest = false;
    std::chrono::steady_clock::time_point started; // the request's first byte read
    long long bodySize = 0;                        // the request's body bytes so far
    std::string out;                               // answer bytes not yet written
    bool wantWrite = false;
};

std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
}

class Sink
{
public:
    void addCanned(std::string text, std::string body) { m_canned.emplace_back(std::move(text), std::move(body)); }
    void setEchoSize(bool on) { m_echoSize = on; }

    int run(int port)
    {
        m_epoll = epoll_create1(EPOLL_CLOEXEC);
        m_listen = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_epoll < 0 || m_listen < 0)
            return fail("socket");
        const int one = 1;
        setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(static_cast<uint16_t>(port));
        if (bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0 || listen(m_listen, 128) < 0)
            return fail("listen");
        socklen_t len = sizeof addr;
        getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len);
        std::printf("listening 127.0.0.1:%d\n", ntohs(addr.sin_port));
        std::fflush(stdout);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = m_listen;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listen, &ev);
        std::vector<epoll_event> events(256);
        std::vector<char> scratch(256 * 1024);
        while (!g_stop) {
            const int n = epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), -1);
            if (n < 0 && errno != EINTR)
                return fail("epoll_wait");
            for (int i = 0; i < n; ++i) {
                const epoll_event& e = events[static_cast<size_t>(i)];
                if (e.data.fd == m_listen) {
                    acceptAll();
                    continue;
                }
                auto it = m_clients.find(e.data.fd);
                if (it == m_clients.end())
                    continue;
                Client& c = *it->second;
                bool alive = true;
                if (e.events & EPOLLOUT)
                    alive = writeOut(c);
                if (alive && (e.events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
                    alive = readIn(c, scratch);
                if (!alive)
                    drop(c.fd);
            }
        }
        std::fprintf(stderr, "uploadsink: connections=%lld requests=%lld body_bytes=%lld\n", m_counters.connections,
                     m_counters.requests, m_counters.bodyBytes);
        return 0;
    }

private:
    int fail(const char* what)
    {
        std::fprintf(stderr, "uploadsink: %s: %s\n", what, std::strerror(errno));
        return 1;
    }

    void acceptAll()
    {
        for (;;) {
            const int fd = accept4(m_listen, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0)
                return;
            const int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            auto c = std::make_unique<Client>();
            c->fd = fd;
            epoll_event ev{};
            ev.events = EPOLLIN;
            ev.data.fd = fd;
            epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
            m_clients[fd] = std::move(c);
            ++m_counters.connections;
        }
    }

    void drop(int fd)
    {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        close(fd);
        m_clients.erase(fd);
    }

    // Reads what there is and runs the request state machine over it. False: the connection is done.
    bool readIn(Client& c, std::vector<char>& scratch)
    {
        for (;;) {
            const ssize_t got = read(c.fd, scratch.data(), scratch.size());
            if (got == 0)
                return false;
            if (got < 0)
                return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
            if (!consume(c, scratch.data(), static_cast<size_t>(got)))
                return false;
            if (static_cast<size_t>(got) < scratch.size())
                return true;
        }
    }

    bool consume(Client& c, const char* data, size_t size)
    {
        // c.buffer holds the unfinished line (or head) of a line-oriented state; body bytes are never copied.
        std::string carried;
        const char* p = data;
        size_t n = size;
        if (!c.buffer.empty()) {
            carried = std::move(c.buffer);
            c.buffer.clear();
            carried.append(data, size);
            p = carried.data();
            n = carried.size();
        }
        size_t pos = 0;
        while (pos < n) {
            if (c.state == Client::State::Head && !c.inRequest) {
                c.inRequest = true;
                c.started = std::chrono::steady_clock::now();
            }
            if (c.state == Client::State::Body || c.state == Client::State::ChunkData) {
                const long long take = std::min<long long>(c.remaining, static_cast<long long>(n - pos));
                pos += static_cast<size_t>(take);
                c.remaining -= take;
                c.bodySize += take;
                m_counters.bodyBytes += take;
                if (c.remaining > 0)
                    return true;
                if (c.state == Client::State::Body) {
                    if (!answer(c))
                        return false;
                } else {
                    c.state = Client::State::ChunkEnd;
                }
                continue;
            }
            size_t used = 0;
            if (!step(c, std::string_view(p + pos, n - pos), &used))
                return false;
            if (used == 0) {
                c.buffer.assign(p + pos, n - pos);
                return c.buffer.size() <= kMaxHead;
            }
            pos += used;
        }
        return true;
    }

    // One line-oriented step over `in`; *used: the bytes it consumed (0: it needs more).
    bool step(Client& c, std::string_view in, size_t* used)
    {
        *used = 0;
        switch (c.state) {
        case Client::State::Head: {
            const size_t end = in.find("\r\n\r\n");
            if (end == std::string_view::npos)
                return true;
            *used = end + 4;
            return parseHead(c, std::string(in.substr(0, end)));
        }
        case Client::State::ChunkSize: {
            const size_t end = in.find("\r\n");
            if (end == std::string_view::npos)
                return true;
            *used = end + 2;
            const std::string line(in.substr(0, end));
            char* stop = nullptr;
            const long long size = std::strtoll(line.c_str(), &stop, 16);
            if (stop == line.c_str() || size < 0)
                return false;
            c.remaining = size;
            c.state = size == 0 ? Client::State::Trailer : Client::State::ChunkData;
            return true;
        }
        case Client::State::ChunkEnd:
            if (in.size() < 2)
                return true;
            if (in.substr(0, 2) != "\r\n")
                return false;
            *used = 2;
            c.state = Client::State::ChunkSize;
            return true;
        case Client::State::Trailer: {
            const size_t end = in.find("\r\n");
            if (end == std::string_view::npos)
                return true;
            *used = end + 2;
            return end == 0 ? answer(c) : true; // the empty line after the last chunk (and any trailers)
        }
        default:
            return true;
        }
    }

    bool parseHead(Client& c, const std::string& head)
    {
        const size_t firstEnd = head.find("\r\n");
        const std::string requestLine = head.substr(0, firstEnd);
        const bool http10 = requestLine.size() >= 8 && requestLine.compare(requestLine.size() - 8, 8, "HTTP/1.0") == 0;
        c.keepAlive = !http10;
        c.countersAsked = requestLine.rfind("GET /counters ", 0) == 0;
        c.resetAsked = requestLine.rfind("POST /reset ", 0) == 0;
        c.canned = -1;
        for (size_t i = 0; i < m_canned.size(); ++i) {
            if (requestLine.find(m_canned[i].first) != std::string::npos)
                c.canned = static_cast<int>(i);
        }
        long long length = 0;
        bool chunked = false;
        bool expectContinue = false;
        size_t pos = firstEnd == std::string::npos ? head.size() : firstEnd + 2;
        while (pos < head.size()) {
            size_t end = head.find("\r\n", pos);
            if (end == std::string::npos)
                end = head.size();
            const std::string line = head.substr(pos, end - pos);
            pos = end + 2;
            const size_t colon = line.find(':');
            if (colon == std::string::npos)
                continue;
            const std::string name = lower(line.substr(0, colon));
            size_t v = colon + 1;
            while (v < line.size() && (line[v] == ' ' || line[v] == '\t'))
                ++v;
            const std::string value = lower(line.substr(v));
            if (name == "content-length")
                length = std::strtoll(value.c_str(), nullptr, 10);
            else if (name == "transfer-encoding")
                chunked = value.find("chunked") != std::string::npos;
            else if (name == "connection")
                c.keepAlive = value.find("close") != std::string::npos        ? false
                              : value.find("keep-alive") != std::string::npos ? true
                                                                              : c.keepAlive;
            else if (name == "expect")
                expectContinue = value == "100-continue";
        }
        if (length < 0)
            return false;
        if (expectContinue && !send(c, "HTTP/1.1 100 Continue\r\n\r\n"))
            return false;
        if (chunked) {
            c.state = Client::State::ChunkSize;
            return true;
        }
        if (length == 0)
            return answer(c);
        c.remaining = length;
        c.state = Client::State::Body;
        return true;
    }

    std::string countersJson()
    {
        std::vector<double> t = m_durationsMs;
        std::sort(t.begin(), t.end());
        auto at = [&](double q) {
            return t.empty() ? 0.0 : t[static_cast<size_t>(q * static_cast<double>(t.size() - 1))];
        };
        long long slow = 0;
        for (double d : t)
            slow += d >= 30 ? 1 : 0;
        char text[400];
        std::snprintf(text, sizeof text,
                      "{\"connections\":%lld,\"requests\":%lld,\"bodyBytes\":%lld,\"medianMs\":%.3f,"
                      "\"p90Ms\":%.3f,\"maxMs\":%.3f,\"atLeast30Ms\":%lld}",
                      m_counters.connections, m_counters.requests, m_counters.bodyBytes, at(0.5), at(0.9),
                      t.empty() ? 0.0 : t.back(), slow);
        return text;
    }

    bool answer(Client& c)
    {
        std::string body = kAnswerBody;
        c.inRequest = false;
        if (c.countersAsked) {
            body = countersJson();
        } else if (c.resetAsked) {
            m_counters = Counters{};
            m_durationsMs.clear();
            body = "{\"status\":\"ok\"}";
        } else if (c.canned >= 0) {
            body = m_canned[static_cast<size_t>(c.canned)].second;
        } else {
            ++m_counters.requests;
            if (m_echoSize && c.bodySize > static_cast<long long>(body.size()) + 20) {
                body = "{\"status\":\"success\",\"result\":[],\"pad\":\"";
                body.append(static_cast<size_t>(c.bodySize) - body.size() - 2, ' ');
                body += "\"}";
            }
            m_durationsMs.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - c.started).count());
        }
        std::string out =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
            "\r\n" + (c.keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n") + body;
        c.state = Client::State::Head;
        c.remaining = 0;
        c.bodySize = 0;
        return send(c, out);
    }

    bool send(Client& c, const std::string& bytes)
    {
        c.out += bytes;
        return writeOut(c);
    }

    bool writeOut(Client& c)
    {
        while (!c.out.empty()) {
            const ssize_t wrote = ::send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
            if (wrote < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    break;
                if (errno == EINTR)
                    continue;
                return false;
            }
            c.out.erase(0, static_cast<size_t>(wrote));
        }
        const bool want = !c.out.empty();
        if (want != c.wantWrite) {
            epoll_event ev{};
            ev.events = EPOLLIN | (want ? EPOLLOUT : 0u);
            ev.data.fd = c.fd;
            epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
            c.wantWrite = want;
        }
        if (!want && !c.keepAlive && c.state == Client::State::Head)
            return false;
        return true;
    }

    int m_epoll = -1;
    int m_listen = -1;
    std::unordered_map<int, std::unique_ptr<Client>> m_clients;
    Counters m_counters;
    std::vector<double> m_durationsMs;
    std::vector<std::pair<std::string, std::string>> m_canned; // request line text -> answer body
    bool m_echoSize = false;
};

} // namespace

int main(int argc, char** argv)
{
    int port = 0;
    Sink sink;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const std::string value = i + 1 < argc ? argv[i + 1] : "";
        const size_t eq = value.find('=');
        if (arg == "--echo-size") {
            sink.setEchoSize(true);
        } else if (arg == "--port" && i + 1 < argc) {
            port = std::atoi(argv[++i]);
        } else if (arg == "--canned" && eq != std::string::npos && eq > 0) {
            ++i;
            std::FILE* f = std::fopen(value.c_str() + eq + 1, "rb");
            if (!f) {
                std::fprintf(stderr, "uploadsink: cannot read %s\n", value.c_str() + eq + 1);
                return 2;
            }
            std::string body;
            char buf[65536];
            size_t got = 0;
            while ((got = std::fread(buf, 1, sizeof buf, f)) > 0)
                body.append(buf, got);
            std::fclose(f);
            sink.addCanned(value.substr(0, eq), std::move(body));
        } else {
            std::fprintf(stderr, "usage: %s [--port PORT] [--canned TEXT=FILE]... [--echo-size]\n", argv[0]);
            return 2;
        }
    }
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
    return sink.run(port);
}
