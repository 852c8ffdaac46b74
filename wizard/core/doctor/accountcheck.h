#pragma once

#include "common/job.h"
#include "doctor/doctorcheck.h"

#include <QObject>

class QNetworkAccessManager;

namespace Skybeam {

class LiveCheck;
struct LiveCheckResult;

/// The doctor's `account` check (only on request: it makes API calls, which count against a sandbox
/// app's daily budget, and it says so): user info with the stored token (the account name) and creator
/// info (whether it can post, with which privacy levels; when only "Only me" is offered, what an unaudited
/// app means). start() never emits synchronously; finished() exactly once. Lives in the creating thread.
class AccountCheck final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountCheck)

public:
    AccountCheck(const DoctorContext &context, QNetworkAccessManager *network, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const Skybeam::DoctorResult &result);

private:
    void onLiveCheck(const LiveCheckResult &live);

    DoctorContext m_context;
    LiveCheck *m_check;
    DoctorResult m_result;
};

} // namespace Skybeam
