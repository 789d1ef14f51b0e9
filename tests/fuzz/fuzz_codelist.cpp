// libFuzzer: the flags2 command line (Flags2CommandLine::parse, with short
// option clusters) and the code-list expansion behind it (expandCodes).
// Input: arguments separated by newlines. Whatever they are, the parser
// must not crash, and what it accepts must obey the book's rules: codes are
// AA..ZZ, upper case, unique, sorted, at most --limit of them, and
// actualReq = min(max_req, 1000, number of codes).

#include "flags2/commandline.h"
#include "flags2/countrycodes.h"

#include <QStringList>

#include <cstdint>
#include <cstdlib>

using namespace flaglab;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkCodes(const QStringList &codes, int limit)
{
    require(!codes.isEmpty());
    require(codes.size() <= qMax(limit, 1));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString &cc = codes[i];
        require(cc.size() == 2 && cc[0] >= u'A' && cc[0] <= u'Z' && cc[1] >= u'A' && cc[1] <= u'Z');
        require(i == 0 || codes[i - 1] < cc);     // sorted and unique
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments{QStringLiteral("flaglab-cli")};
    for (const QByteArray &argument : input.split('\n'))
        arguments << QString::fromUtf8(argument);
    if (arguments.size() > 64)
        return 0;

    Flags2CommandLine commandLine(QStringLiteral("flaglab-cli"), 5);
    commandLine.addOptions({{QStringLiteral("timeout"), QStringLiteral("S"), QStringLiteral("S")},
                            {QStringLiteral("json"), QStringLiteral("FILE"), QStringLiteral("FILE")},
                            {QStringLiteral("name-by-country"), QStringLiteral("flag")}});
    if (commandLine.parse(arguments)) {
        if (!commandLine.helpRequested() && !commandLine.versionRequested()) {
            const Flags2Options options = commandLine.options();
            checkCodes(options.codes, int(options.codes.size()));
            require(options.maxReq >= 1);
            require(options.actualReq == std::min({options.maxReq, 1000, int(options.codes.size())}));
            require(options.server.baseUrl.isValid());
            double timeout = 0;
            commandLine.readDouble(QStringLiteral("timeout"), &timeout);
        }
    } else {
        require(!commandLine.errorText().isEmpty());
    }

    // expandCodes directly, with the flags and the limit taken from the first bytes.
    CodeSelection selection;
    selection.every = size > 0 && (data[0] & 1);
    selection.all = size > 0 && (data[0] & 2);
    selection.limit = size > 1 ? 1 + data[1] * 3 : std::numeric_limits<int>::max();
    selection.ccArgs = arguments.mid(1);
    const ExpandedCodes expanded = expandCodes(selection);
    if (expanded.ok())
        checkCodes(expanded.codes, selection.limit);
    else
        require(expanded.codes.isEmpty() && expanded.error.startsWith(QStringLiteral("*** Usage error: ")));
    return 0;
}
