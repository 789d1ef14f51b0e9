#pragma once

#include <QString>

class QWidget;

namespace flaglab {

struct GuiOptions;
struct RunConfig;

// The CLI's rule in the window: a heavy run against somebody else's server
// needs the consent of whoever starts it (LoadPolicy). --allow-remote-load
// gives it beforehand; else the user is asked in a dialog over the window,
// and a scripted window, with nobody to ask, refuses: then *refusal is the
// CLI's advice, also said on stderr. actualReq: the requests at once.
bool checkLoadConsent(QWidget *window, const GuiOptions &options, const RunConfig &config, int actualReq,
                      QString *refusal);

} // namespace flaglab
