import Foundation
import OutturnCLI
#if canImport(Glibc)
import COutturnMalloc

// Blocks of 1 MB or more (a panel's columns, a report section's statements and text) get pages of their own,
// returned when freed; the heap's free top is given back past 16 MB. glibc's own thresholds rise to the largest
// block freed (up to 32 MB): after the first, such blocks come from the heap, and what a command frees there
// stays resident under the small blocks allocated after it. Fixed, the resident peak of `trend`, `variance` or
// `describe` of 100,000 series is 72-73 MB instead of 88-108 MB, and `audit` of a 10 MB report 77 MB instead of
// 87 MB, in the same time (Benchmarks/README.md, "A twenty-second session"). The executable's choice, not the
// library's: a host process keeps its own allocator settings.
_ = mallopt(M_MMAP_THRESHOLD, 1 << 20)
_ = mallopt(M_TRIM_THRESHOLD, 16 << 20)
#endif

exit(OutturnCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))
