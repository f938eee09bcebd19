// A test fixture for scripts/check-layers.py: a controller may not draw.
#include <imgui.h>
