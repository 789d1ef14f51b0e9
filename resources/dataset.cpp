#include "dataset.h"

#include <QtCore/qglobal.h>
#include <QtCore/qresource.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void flaglabInitDatasetResource()
{
    Q_INIT_RESOURCE(flags_dataset);
}

namespace flaglab {

void initDataset()
{
    flaglabInitDatasetResource();
}

} // namespace flaglab
