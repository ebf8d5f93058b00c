import { describeClearpostApiContract } from "./clearpost-api-contract";
import { inProcessSubject, overHttpSubject } from "./contract-subjects";

describeClearpostApiContract("in process, as the Electron binding dispatches it", inProcessSubject);
describeClearpostApiContract("over HTTP, from the browser-mode client to the browser-mode server", overHttpSubject);
