# SPDX-License-Identifier: Apache-2.0
# Connection profiles (issue 6): included by ui/CMakeLists.txt, adds these files to keystage_ui.
target_sources(keystage_ui PRIVATE
    profiles/importpicker.cpp profiles/importpicker.h
    profiles/productionguard.cpp profiles/productionguard.h
    profiles/profiledialog.cpp profiles/profiledialog.h
    profiles/profileform.cpp profiles/profileform.h
    profiles/statusline.cpp profiles/statusline.h)
