#pragma once

#include <QSet>
#include <QString>
#include <QUrl>

namespace flaglab {

// Acting responsibly: a host is *ours* when it is loopback or one of the
// built-in servers; any other host is *remote*, somebody else's server. A
// run that would load a remote host hard needs the user's explicit consent.
class LoadPolicy {
public:
    static constexpr int kRemoteSafeConcurrency = 10;
    static constexpr int kBookRemoteSafeConcurrency = 5;   // the book's own default for REMOTE
    static constexpr int kRemoteSafeRequests = 200;        // -e (676 requests) is over it

    // Host:port pairs of the built-in servers of this process.
    void setBuiltInHosts(const QSet<QString> &hostPorts) { m_builtIn = hostPorts; }
    // Test hook: treat these host names as remote although they are loopback.
    void setTreatedAsRemote(const QSet<QString> &hosts) { m_treatedAsRemote = hosts; }

    bool isOurs(const QUrl &url) const;
    static bool isLoopback(const QString &host);

    int safeConcurrency(const QString &serverLabel) const;
    // Empty when the run is fine as it is; else why it needs confirmation.
    QString confirmationNeeded(const QUrl &url, const QString &serverLabel, int concurrency,
                               int requests) const;

    // Reads FLAGLAB_TREAT_AS_REMOTE (comma-separated host names): the test hook
    // that lets a loopback server stand in for a remote one.
    static LoadPolicy fromEnvironment();

private:
    QSet<QString> m_builtIn;
    QSet<QString> m_treatedAsRemote;
};

} // namespace flaglab
