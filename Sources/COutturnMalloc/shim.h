// glibc's allocator settings (mallopt), for the executable's start (Sources/outturn/main.swift, which calls them
// only where Glibc is the C library). macOS has no malloc.h.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
