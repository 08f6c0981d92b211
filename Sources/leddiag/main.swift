// The `leddiag` command: the command line lives in the LEDCommandLine library, so that its end-to-end
// tests can drive it in process.

import LEDCommandLine

LEDDiag.main()
