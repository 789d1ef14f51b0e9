#pragma once

#include "shell/guioptions.h"

#include <QString>
#include <QUrl>

namespace flaglab::test {

// A window for a test that runs nothing: no built-in servers, the rest as the user left it.
inline GuiOptions quietWindowOptions()
{
    GuiOptions options;
    options.noServers = true;
    return options;
}

// A window for a test: no built-in servers, POP20 from BASE at -m 5 and
// the book's time-out, saving into DESTINATION.
inline GuiOptions windowOptionsFor(const QUrl &base, const QString &destination)
{
    GuiOptions options = quietWindowOptions();
    options.server = resolveServer(base.toString());
    options.selection = CodeSelection{};    // POP20
    options.maxReq = 5;
    options.run.timeoutMs = 3100;
    options.run.destination = destination;
    return options;
}

} // namespace flaglab::test
