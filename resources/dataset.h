#pragma once

namespace flaglab {

// Registers the compiled-in flags data set (Qt resource "flags_dataset":
// :/flags/country-codes.txt, :/flags/{cc}/{cc}.gif, :/flags/{cc}/metadata.json).
// Normally unnecessary: linking flaglab-dataset registers it automatically at start-up.
// Safe to call any number of times (Qt ignores a second registration of the same data).
void initDataset();

} // namespace flaglab
