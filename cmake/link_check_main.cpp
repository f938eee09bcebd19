// The program of kiosk/app's link checks (kiosk/app/CMakeLists.txt): it does nothing; linking it
// with every object of one library is the check.
int main() { return 0; }
