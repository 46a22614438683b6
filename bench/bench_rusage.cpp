// Runs one command and prints how long it took and how much memory it held at most, from the kernel's own
// accounting of the child (wait4): `wall_ms=… user_ms=… sys_ms=… maxrss_kb=… exit=…` on stderr, so the
// command's own output stays untouched. Used by bench/orders_paging for kontor-cli and curl alike; needs
// nothing beyond libc (GNU time may be absent).
//
//   bench_rusage COMMAND [ARGS...]
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s COMMAND [ARGS...]\n", argv[0]);
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child < 0) {
        std::perror("fork");
        return 2;
    }
    if (child == 0) {
        execvp(argv[1], argv + 1);
        std::fprintf(stderr, "%s: %s\n", argv[1], std::strerror(errno));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("wait4");
            return 2;
        }
    }
    const auto wall = std::chrono::steady_clock::now() - start;
    auto ms = [](const timeval& t) { return static_cast<long long>(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::fprintf(stderr, "wall_ms=%lld user_ms=%lld sys_ms=%lld maxrss_kb=%ld exit=%d\n",
                 static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(wall).count()),
                 ms(usage.ru_utime), ms(usage.ru_stime), usage.ru_maxrss, code);
    return code;
}
