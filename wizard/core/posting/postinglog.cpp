#include "posting/postinglog.h"

Q_LOGGING_CATEGORY(lcPosting, "skybeam.posting", QtInfoMsg)
