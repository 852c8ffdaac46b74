#pragma once

#include <QString>

namespace Skybeam {

/// Where the SKYBEAM files live: `~/.roxy` unless overridden (the `--roxy-home` option, then the
/// ROXY_HOME environment variable). All paths the product reads or writes come from here.
class RoxyPaths final
{
public:
    /// `root` chosen deliberately (a test, --roxy-home, ROXY_HOME): it may be a symbolic link.
    explicit RoxyPaths(const QString &root);

    /// `overrideRoot` if not empty, else $ROXY_HOME if set, else ~/.roxy.
    static RoxyPaths resolve(const QString &overrideRoot = QString());

    const QString &root() const { return m_root; }
    /// True when the root is the default ~/.roxy, not one the operator named: then it must not be a
    /// symbolic link (someone else may have planted it), see checkedRoot().
    bool isDefaultRoot() const { return m_defaultRoot; }
    /// Empty when the product may create and write files under the root; otherwise the translated reason:
    /// the default ~/.roxy is a symbolic link (named with --roxy-home or ROXY_HOME it may be one).
    QString rootLinkProblem() const;
    QString credentialsDir() const;
    /// credentials/tiktok_oauth.json: what the wizard writes and the publisher reads first.
    QString primaryCredentialFile() const;
    /// credentials/tiktok_credentials.json: read only when the primary file is absent.
    QString fallbackCredentialFile() const;
    QString backupCredentialFile() const;
    /// content-pipeline/publish/exports: the publisher's handoff packs.
    QString exportsDir() const;
    /// setup/: the wizard's own state (e.g. which packs were posted). Never holds secrets.
    QString stateDir() const;

    /// `path` with the home directory shown as `~`, as the runbook prints it.
    static QString displayPath(const QString &path);

private:
    QString m_root;
    bool m_defaultRoot = false;
};

} // namespace Skybeam
