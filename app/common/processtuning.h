// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <malloc.h>

namespace Journey {

/*!
 * Process-wide allocator settings for the executables. The engine allocates and frees many buffers of
 * hundreds of kilobytes to megabytes (request bodies, segments, import chunks); by default glibc maps and
 * unmaps each one, and the page faults cost up to a third of an import's time and a sixth of the writer
 * thread's (bench/README.md). Keeping such blocks in the heap avoids that.
 */
inline void tuneAllocatorForBulkWork()
{
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
}

} // namespace Journey
