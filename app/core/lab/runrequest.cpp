#include "runrequest.h"

#include <algorithm>

namespace flaglab {

int RunRequest::actualReq() const
{
    return std::min({maxReq, RunConfig::kMaxConcurrency, int(codes.size())});
}

} // namespace flaglab
