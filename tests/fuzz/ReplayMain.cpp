// main() for the fuzz targets outside libFuzzer: runs LLVMFuzzerTestOneInput once over every file in the
// directories (or files) given, so saved crash inputs and the seed corpus replay as an ordinary unit test.
// A path that does not exist is an error, so a typo cannot turn the test into one that checks nothing.
// An input that takes longer than the fuzz runner's -timeout fails too: some saved inputs were timeouts.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

constexpr std::chrono::seconds TimeLimit{10}; // tools/dev.sh fuzz runs libFuzzer with -timeout=10

bool run(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return false;
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // Copied to a block of exactly its size, as libFuzzer passes it, so AddressSanitizer sees a read past the end.
    const std::vector<uint8_t> input(bytes.begin(), bytes.end());
    std::printf("%s\n", file.c_str());
    std::fflush(stdout);
    const auto start = std::chrono::steady_clock::now();
    LLVMFuzzerTestOneInput(input.data(), input.size());
    const auto elapsed = std::chrono::steady_clock::now() - start;
    if (elapsed > TimeLimit) {
        std::fprintf(stderr, "%s took %lld ms, more than %lld s\n", file.c_str(),
                     static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()),
                     static_cast<long long>(TimeLimit.count()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        std::error_code error;
        if (fs::is_regular_file(path, error)) {
            if (!run(path))
                return 1;
            ++files;
            continue;
        }
        if (!fs::is_directory(path, error)) {
            std::fprintf(stderr, "no such file or directory: %s\n", argv[i]);
            return 1;
        }
        std::vector<fs::path> entries;
        for (const fs::directory_entry& entry : fs::recursive_directory_iterator(path)) {
            if (entry.is_regular_file())
                entries.push_back(entry.path());
        }
        std::sort(entries.begin(), entries.end());
        for (const fs::path& entry : entries) {
            if (!run(entry))
                return 1;
            ++files;
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "no inputs given\n");
        return 1;
    }
    std::printf("%d inputs replayed\n", files);
    return 0;
}
