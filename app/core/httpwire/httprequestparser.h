#pragma once

#include "httpmessage.h"

#include <QByteArrayView>

namespace flaglab {

struct RequestHeadParse {
    enum class Outcome { Incomplete, Complete, Error };

    Outcome outcome = Outcome::Incomplete;
    HttpRequest request;            // when Complete
    qsizetype headBytes = 0;        // when Complete: bytes of the buffer the head took
    int errorStatus = 0;            // when Error: 400, 431, 501 or 505
    QByteArray errorReason;         // when Error: short text for logs
};

// Parses the request line and headers at the start of buffer (RFC 9112),
// strictly: anything ambiguous is an error rather than a guess. A head longer
// than maxHeadBytes is 431 whether or not it is complete yet. Bodies are only
// supported with Content-Length; Transfer-Encoding is 501.
RequestHeadParse parseRequestHead(QByteArrayView buffer, qsizetype maxHeadBytes);

} // namespace flaglab
