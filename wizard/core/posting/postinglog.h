#pragma once

#include <QLoggingCategory>

// The posting module's category ("skybeam.posting"). Never log tokens, upload URLs (their query holds
// the upload token) or captions.
Q_DECLARE_LOGGING_CATEGORY(lcPosting)
