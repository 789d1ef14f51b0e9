#include "shell/loadconsent.h"

#include "engine/loadpolicy.h"
#include "engine/runconfig.h"
#include "shell/guioptions.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <cstdio>

namespace flaglab {

bool checkLoadConsent(QWidget *window, const GuiOptions &options, const RunConfig &config, int actualReq,
                      QString *refusal)
{
    const QString why = LoadPolicy::fromEnvironment().confirmationNeeded(config.baseUrl, config.serverLabel, actualReq,
                                                                         int(config.codes.size()));
    if (why.isEmpty() || options.run.allowRemoteLoad)
        return true;
    if (options.isScripted()) {
        *refusal = QCoreApplication::translate("flaglab::LoadConsent",
                                               "Not started. %1 Use -m %2 or less (and fewer codes), or add "
                                               "--allow-remote-load if the server's owner agrees to this load.")
                       .arg(why)
                       .arg(LoadPolicy().safeConcurrency(config.serverLabel));
        std::fprintf(stderr, "flaglab: %s\n", qPrintable(*refusal));
        return false;
    }
    const auto answer = QMessageBox::warning(
        window, QCoreApplication::translate("flaglab::LoadConsent", "Somebody else's server"),
        QCoreApplication::translate("flaglab::LoadConsent", "%1\n\nGo ahead only if the server's owner agrees to "
                                                            "this load.")
            .arg(why),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

} // namespace flaglab
