// libpq, PostgreSQL's C client library, for the shared store (OutturnStore/PostgreSQL/PostgresConnection.swift).
#include <libpq-fe.h>
