// zlib, for the raw inflate of Office files' parts (OutturnIO/Files/OfficeArchive.swift).
#include <zlib.h>
